package org.inspectionplanner.web.testing;

import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.PlanningKind;
import org.inspectionplanner.web.sample.CaseSampler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The stand-ins for the sampler and planner modules, preferred over the real ones in these tests. */
@TestConfiguration
public class TestDoubles {

    @Bean
    @Primary
    CaseSampler testSampler() {
        return new TestSampler();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    PlanningKind<TinyPlan> tinyAllocation() {
        return new TinyPlanningKind(JobKind.ALLOCATION);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    PlanningKind<TinyPlan> tinySchedule() {
        return new TinyPlanningKind(JobKind.SCHEDULE);
    }
}
