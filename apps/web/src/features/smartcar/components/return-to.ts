const KEY = 'nerava.smartcar.returnTo';

/** Only same-origin paths: never bounce the driver to another site after OAuth. */
export function safeReturnTo(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function rememberReturnTo(path: string): void {
  sessionStorage.setItem(KEY, safeReturnTo(path));
}

export function recallReturnTo(): string {
  return safeReturnTo(sessionStorage.getItem(KEY));
}
