// One colour per goroutine, as go tool trace gives each G its own: hues spread
// by the golden angle so neighbouring ids differ, lightness set by the theme.

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export function themeKind(body: HTMLElement): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-light')) return 'light';
  return 'dark';
}

export function goroutineHue(goid: number): number {
  return Math.round((goid * 137.508) % 360);
}

export function goroutineColour(goid: number, theme: ThemeKind): string {
  const h = goroutineHue(goid);
  switch (theme) {
    case 'light':
      return `hsl(${h} 60% 45%)`;
    case 'high-contrast-light':
      return `hsl(${h} 90% 30%)`;
    case 'high-contrast':
      return `hsl(${h} 90% 65%)`;
    default:
      return `hsl(${h} 55% 58%)`;
  }
}
