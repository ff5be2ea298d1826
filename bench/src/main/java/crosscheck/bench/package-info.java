/**
 * Quality evaluations over the public data sets in {@code ../shared/data} and speed measurements. Run from the
 * bench jar ({@link crosscheck.bench.Bench}); never part of the test run. Results are recorded in
 * {@code bench/RESULTS.md}.
 */
package crosscheck.bench;
