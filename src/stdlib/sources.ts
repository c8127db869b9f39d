// The Go source of each standard-library package gosim provides: its API, and
// the parts written in Go. Functions declared without a body are implemented
// natively (see natives.ts).

import bufio from './go/bufio.go';
import bytes from './go/bytes.go';
import cmp from './go/cmp.go';
import context from './go/context.go';
import errors from './go/errors.go';
import fmt from './go/fmt.go';
import io from './go/io.go';
import io_fs from './go/io_fs.go';
import iter from './go/iter.go';
import runtime_debug from './go/runtime_debug.go';
import log from './go/log.go';
import io_ioutil from './go/io_ioutil.go';
import flag from './go/flag.go';
import container_list from './go/container_list.go';
import container_heap from './go/container_heap.go';
import net from './go/net.go';
import path from './go/path.go';
import path_filepath from './go/path_filepath.go';
import math_cmplx from './go/math_cmplx.go';
import internal_oserror from './go/internal_oserror.go';
import syscall from './go/syscall.go';
import maps from './go/maps.go';
import math from './go/math.go';
import math_bits from './go/math_bits.go';
import math_rand from './go/math_rand.go';
import math_rand_v2 from './go/math_rand_v2.go';
import os from './go/os.go';
import runtime from './go/runtime.go';
import slices from './go/slices.go';
import sort from './go/sort.go';
import strconv from './go/strconv.go';
import strings from './go/strings.go';
import sync from './go/sync.go';
import sync_atomic from './go/sync_atomic.go';
import time from './go/time.go';
import unicode from './go/unicode.go';
import unicode_utf8 from './go/unicode_utf8.go';

export const packageSources: Record<string, string> = {
  'bufio': bufio,
  'bytes': bytes,
  'cmp': cmp,
  'context': context,
  'errors': errors,
  'fmt': fmt,
  'io': io,
  'io/fs': io_fs,
  'iter': iter,
  'runtime/debug': runtime_debug,
  'log': log,
  'io/ioutil': io_ioutil,
  'flag': flag,
  'container/list': container_list,
  'container/heap': container_heap,
  'internal/oserror': internal_oserror,
  'syscall': syscall,
  'maps': maps,
  'math': math,
  'math/bits': math_bits,
  'math/cmplx': math_cmplx,
  'math/rand': math_rand,
  'math/rand/v2': math_rand_v2,
  'net': net,
  'os': os,
  'path': path,
  'path/filepath': path_filepath,
  'runtime': runtime,
  'slices': slices,
  'sort': sort,
  'strconv': strconv,
  'strings': strings,
  'sync': sync,
  'sync/atomic': sync_atomic,
  'time': time,
  'unicode': unicode,
  'unicode/utf8': unicode_utf8,
};
