// Go's sorting algorithms over an abstract sequence (less and swap by index),
// for the natives of sort and slices that sort without calling Go code.
// go/sort.go holds the same algorithms in Go, for sorting through an
// Interface or a less function; the two must stay step for step alike,
// because an unstable sort's order of equal elements, and the sequence of
// Less and Swap calls a program can observe, depend on every step.
//
// Sort is pattern-defeating quicksort (Orson Peters' pdqsort, as Go 1.19
// adopted it): insertion sort for short ranges, a ninther or median-of-three
// pivot, detection of already sorted or reversed input, heapsort when too
// many partitions are unbalanced, and a deterministic shuffle (an xorshift
// generator seeded with the length) to break adversarial patterns. Stable is
// insertion sort on blocks of 20 followed by in-place SymMerge merging.

export interface Sequence {
  less(i: number, j: number): boolean;
  swap(i: number, j: number): void;
}

/** bits.Len: the number of bits needed to represent n ≥ 0. */
function bitLen(n: number): number {
  return n > 0xffffffff ? 32 + bitLen(Math.floor(n / 2 ** 32)) : 32 - Math.clz32(n);
}

function insertionSort(d: Sequence, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) for (let j = i; j > a && d.less(j, j - 1); j--) d.swap(j, j - 1);
}

/** Restores the heap property of d[first+lo .. first+hi) from root lo down. */
function siftDown(d: Sequence, lo: number, hi: number, first: number): void {
  let root = lo;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) child++;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}

function heapSort(d: Sequence, a: number, b: number): void {
  const first = a;
  const hi = b - a;
  for (let i = Math.floor((hi - 1) / 2); i >= 0; i--) siftDown(d, i, hi, first);
  for (let i = hi - 1; i >= 0; i--) {
    d.swap(first, first + i);
    siftDown(d, 0, i, first);
  }
}

const enum Hint {
  Unknown,
  Increasing,
  Decreasing,
}

/** Sorts d[0, n). */
export function pdqsortAll(d: Sequence, n: number): void {
  if (n > 1) pdqsort(d, 0, n, bitLen(n));
}

function pdqsort(d: Sequence, a: number, b: number, limit: number): void {
  const maxInsertion = 12;
  let wasBalanced = true;
  let wasPartitioned = true;
  for (;;) {
    const length = b - a;
    if (length <= maxInsertion) {
      insertionSort(d, a, b);
      return;
    }
    // Too many bad pivots: fall back to heapsort's guaranteed n log n.
    if (limit === 0) {
      heapSort(d, a, b);
      return;
    }
    if (!wasBalanced) {
      breakPatterns(d, a, b);
      limit--;
    }
    let [pivot, hint] = choosePivot(d, a, b);
    if (hint === Hint.Decreasing) {
      reverseRange(d, a, b);
      pivot = b - 1 - (pivot - a);
      hint = Hint.Increasing;
    }
    // Probably already sorted: try finishing with a few insertion steps.
    if (wasBalanced && wasPartitioned && hint === Hint.Increasing && partialInsertionSort(d, a, b)) return;
    // The pivot equals the element before the range: everything ≤ it goes left, in one pass.
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partitionEqual(d, a, b, pivot);
      continue;
    }
    const [mid, alreadyPartitioned] = partition(d, a, b, pivot);
    wasPartitioned = alreadyPartitioned;
    const leftLen = mid - a;
    const rightLen = b - mid;
    const balanceThreshold = Math.floor(length / 8);
    // Recurse into the shorter side, loop on the longer.
    if (leftLen < rightLen) {
      wasBalanced = leftLen >= balanceThreshold;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = rightLen >= balanceThreshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

/** Partitions d[a, b) around d[pivot]; returns its new index and whether nothing had to move. */
function partition(d: Sequence, a: number, b: number, pivot: number): [number, boolean] {
  d.swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  while (i <= j && d.less(i, a)) i++;
  while (i <= j && !d.less(j, a)) j--;
  if (i > j) {
    d.swap(j, a);
    return [j, true];
  }
  d.swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && d.less(i, a)) i++;
    while (i <= j && !d.less(j, a)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  d.swap(j, a);
  return [j, false];
}

/** Moves the elements equal to d[pivot] (none is less) to the front; returns where the rest starts. */
function partitionEqual(d: Sequence, a: number, b: number, pivot: number): number {
  d.swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) i++;
    while (i <= j && d.less(a, j)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  return i;
}

/** Sorts a nearly sorted range by moving at most five out-of-place elements; reports success. */
function partialInsertionSort(d: Sequence, a: number, b: number): boolean {
  const maxSteps = 5;
  const shortestShifting = 50;
  let i = a + 1;
  for (let step = 0; step < maxSteps; step++) {
    while (i < b && !d.less(i, i - 1)) i++;
    if (i === b) return true;
    if (b - a < shortestShifting) return false;
    d.swap(i, i - 1);
    // Shift the smaller element left, the greater one right.
    if (i - a >= 2) {
      for (let j = i - 1; j >= 1; j--) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b; j++) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
  }
  return false;
}

const M64 = (1n << 64n) - 1n;

/** Swaps three elements near the middle with pseudo-random others, seeded by the length. */
function breakPatterns(d: Sequence, a: number, b: number): void {
  const length = b - a;
  if (length >= 8) {
    let random = BigInt(length);
    const modulus = 2 ** bitLen(length); // next power of two
    const idx = a + Math.floor(length / 4) * 2;
    for (let i = 0; i < 3; i++) {
      random ^= (random << 13n) & M64;
      random ^= random >> 17n;
      random ^= (random << 5n) & M64;
      let other = Number(random & BigInt(modulus - 1));
      if (other >= length) other -= length;
      d.swap(idx - 1 + i, a + other);
    }
  }
}

/**
 * Chooses a pivot: the median of three quartile points, each first replaced by
 * the median of its neighbourhood for long ranges. The number of swaps the
 * medians needed hints whether the range is sorted (none) or reversed (all).
 */
function choosePivot(d: Sequence, a: number, b: number): [number, Hint] {
  const shortestNinther = 50;
  const maxSwaps = 4 * 3;
  const l = b - a;
  const swaps = { n: 0 };
  let i = a + Math.floor(l / 4) * 1;
  let j = a + Math.floor(l / 4) * 2;
  let k = a + Math.floor(l / 4) * 3;
  if (l >= 8) {
    if (l >= shortestNinther) {
      i = medianAdjacent(d, i, swaps);
      j = medianAdjacent(d, j, swaps);
      k = medianAdjacent(d, k, swaps);
    }
    j = median(d, i, j, k, swaps);
  }
  if (swaps.n === 0) return [j, Hint.Increasing];
  if (swaps.n === maxSwaps) return [j, Hint.Decreasing];
  return [j, Hint.Unknown];
}

function order2(d: Sequence, a: number, b: number, swaps: { n: number }): [number, number] {
  if (d.less(b, a)) {
    swaps.n++;
    return [b, a];
  }
  return [a, b];
}

function median(d: Sequence, a: number, b: number, c: number, swaps: { n: number }): number {
  [a, b] = order2(d, a, b, swaps);
  [b, c] = order2(d, b, c, swaps);
  [a, b] = order2(d, a, b, swaps);
  void a;
  void c;
  return b;
}

function medianAdjacent(d: Sequence, a: number, swaps: { n: number }): number {
  return median(d, a - 1, a, a + 1, swaps);
}

function reverseRange(d: Sequence, a: number, b: number): void {
  for (let i = a, j = b - 1; i < j; i++, j--) d.swap(i, j);
}

// ---- stable sorting ---------------------------------------------------------------

/** Sorts d[0, n) stably. */
export function stable(d: Sequence, n: number): void {
  let blockSize = 20;
  let a = 0;
  let b = blockSize;
  while (b <= n) {
    insertionSort(d, a, b);
    a = b;
    b += blockSize;
  }
  insertionSort(d, a, n);
  while (blockSize < n) {
    a = 0;
    b = 2 * blockSize;
    while (b <= n) {
      symMerge(d, a, a + blockSize, b);
      a = b;
      b += 2 * blockSize;
    }
    const m = a + blockSize;
    if (m < n) symMerge(d, a, m, n);
    blockSize *= 2;
  }
}

/**
 * Merges the sorted runs d[a, m) and d[m, b) in place (Kim and Kutzner's
 * SymMerge): find where the runs' symmetric split point lies by binary search,
 * rotate the middle, and merge both halves recursively.
 */
function symMerge(d: Sequence, a: number, m: number, b: number): void {
  // A run of one element is inserted by binary search and rotation.
  if (m - a === 1) {
    let i = m;
    let j = b;
    while (i < j) {
      const h = Math.floor((i + j) / 2);
      if (d.less(h, a)) i = h + 1;
      else j = h;
    }
    for (let k = a; k < i - 1; k++) d.swap(k, k + 1);
    return;
  }
  if (b - m === 1) {
    let i = a;
    let j = m;
    while (i < j) {
      const h = Math.floor((i + j) / 2);
      if (!d.less(m, h)) i = h + 1;
      else j = h;
    }
    for (let k = m; k > i; k--) d.swap(k, k - 1);
    return;
  }
  const mid = Math.floor((a + b) / 2);
  const n = mid + m;
  let start: number;
  let r: number;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  const p = n - 1;
  while (start < r) {
    const c = Math.floor((start + r) / 2);
    if (!d.less(p - c, c)) start = c + 1;
    else r = c;
  }
  const end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) symMerge(d, a, start, mid);
  if (mid < end && end < b) symMerge(d, mid, end, b);
}

/** Exchanges the blocks d[a, m) and d[m, b) by block swaps. */
function rotate(d: Sequence, a: number, m: number, b: number): void {
  let i = m - a;
  let j = b - m;
  while (i !== j) {
    if (i > j) {
      swapRange(d, m - i, m, j);
      i -= j;
    } else {
      swapRange(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swapRange(d, m - i, m, i);
}

function swapRange(d: Sequence, a: number, b: number, n: number): void {
  for (let i = 0; i < n; i++) d.swap(a + i, b + i);
}
