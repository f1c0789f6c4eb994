/**
 * Benchmarks: a seeded generator of made-up wire articles, the end-to-end benchmark (CoreNLP alone vs CoreNLP +
 * coding, at several thread counts, with peak memory) and JMH benchmarks of the coding stage on pre-annotated
 * sentences. Run by {@code tacitus-bench/run-bench.sh}; figures in {@code docs/BENCHMARKS.md}.
 */
package org.tacitus.bench;
