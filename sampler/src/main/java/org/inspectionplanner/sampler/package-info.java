/**
 * Case sampling by the published inspection methods (docs/sampling.md).
 *
 * <p>The API: build a {@link org.inspectionplanner.sampler.SampleRequest}, call
 * {@link org.inspectionplanner.sampler.Sampler#sample} (or {@code samplePlan} for a fieldwork plan),
 * and turn the {@link org.inspectionplanner.sampler.SampleResult} into files with
 * {@link org.inspectionplanner.sampler.SampleOutput}. {@link org.inspectionplanner.sampler.SampleJob}
 * does the same from and to files, hashing the input as it reads it.
 */
package org.inspectionplanner.sampler;
