/**
 * Turning a resume file (PDF, DOCX, TXT) into a JSON Resume, along a pipeline with one package per
 * stage: {@code extraction} (bytes into lines that keep their layout), then a reader — {@code
 * aireader} (the model of the {@code ai} feature, when one is configured) or {@code heuristic}
 * (deterministic rules, always available, the fallback) — both speaking the vocabulary of {@code
 * text}. This package is the feature's face: {@link org.careercoach.server.parsing.ResumeParser}
 * chooses the stages, {@link org.careercoach.server.parsing.Watchdog} bounds their time, {@link
 * org.careercoach.server.parsing.ChildJvmParser} their memory, and {@link
 * org.careercoach.server.parsing.ParseFailure} says why a file was refused. The stages are internal
 * (Spring Modulith treats sub-packages so); how they may depend on each other is checked by
 * ServerArchitectureTest.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): only ai: the model that reads a
 * resume first when one is configured (its client and answer cache).
 */
@ApplicationModule(allowedDependencies = {"ai"})
package org.careercoach.server.parsing;

import org.springframework.modulith.ApplicationModule;
