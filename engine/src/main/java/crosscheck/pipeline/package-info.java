/**
 * The batch runner: wires the stages ({@link crosscheck.pipeline.PipelineBuilder}), reads every input in parallel
 * with each file and document isolated, and assembles the {@link crosscheck.core.Report}. Progress and problems are
 * reported to a {@link crosscheck.pipeline.BatchListener} as they happen. {@code add} extends an earlier report with
 * new inputs, reading and annotating only those.
 *
 * <pre>{@code
 * Report report = BatchRunner.builder().threads(2).build()
 *         .run(List.of("examples"), BatchListener.NONE);
 * Report more = BatchRunner.builder().build().add(report, List.of("later"), BatchListener.NONE);
 * }</pre>
 */
@NullMarked
package crosscheck.pipeline;

import org.jspecify.annotations.NullMarked;
