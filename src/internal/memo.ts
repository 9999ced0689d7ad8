/**
 * Remembers the last result of `compute` and gives it back while every argument is the same
 * (`===`). `compute` is handed these arguments only, so whatever it reads is in the key: an
 * option added to the computation cannot be forgotten in a hand-written key and go stale.
 */
export function lastResult<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args) => {
    if (!last || args.some((arg, i) => arg !== last!.args[i])) last = { args, result: compute(...args) };
    return last.result;
  };
}
