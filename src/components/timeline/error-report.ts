/** `tl-data-error` once per new set of rows that could not be shown: noticed while deriving, told after the update. */
import type { DataError } from '../../model/types.js';
import { emit, type TlDataErrorDetail } from './events.js';

export class ErrorReport {
  private reported: readonly DataError[] | undefined;
  private pending = false;

  /** In `willUpdate`: the model's errors now. */
  check(errors: readonly DataError[]): void {
    if (errors === this.reported) return;
    this.reported = errors;
    this.pending = errors.length > 0;
  }

  /** In `updated`: tells the page of new errors (once). */
  tell(host: HTMLElement): void {
    if (!this.pending) return;
    this.pending = false;
    emit<TlDataErrorDetail>(host, 'tl-data-error', { errors: [...this.reported!] });
  }
}
