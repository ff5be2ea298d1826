/**
 * The batch runner: wires the stages ({@link crosscheck.pipeline.PipelineBuilder}), reads every input in parallel
 * with each file and document isolated, and assembles the {@link crosscheck.core.Report}. Progress and problems are
 * reported to a {@link crosscheck.pipeline.BatchListener} as they happen.
 *
 * <pre>{@code
 * Report report = BatchRunner.builder().threads(2).build()
 *         .run(List.of("examples"), BatchListener.NONE);
 * }</pre>
 */
@NullMarked
package crosscheck.pipeline;

import org.jspecify.annotations.NullMarked;
