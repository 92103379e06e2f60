/**
 * Shared set-up for the tests of one file, started by the first test that needs it. A failing `before`
 * hook makes node's runner report the tests as "cancelled" (not counted in "# fail"), so set-up errors
 * are rethrown inside every test instead: each one then fails with the real reason.
 */
export function fixture(setUp, tearDown) {
  let started;
  const get = () => {
    started ??= setUp();
    return started;
  };
  get.dispose = async () => {
    if (!started) return;
    const value = await started.catch(() => undefined);
    if (value !== undefined) await tearDown(value);
  };
  return get;
}
