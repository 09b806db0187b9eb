package org.inspectionplanner.web;

import org.inspectionplanner.web.demo.DemoDataLoader;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.sample.SampleService;
import org.inspectionplanner.web.security.InitialUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** On start: the first users, then what a previous run left unfinished. */
@Component
class StartupTasks implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);

    private final InitialUsers users;
    private final SampleService samples;
    private final SolveJobService jobs;
    private final ObjectProvider<DemoDataLoader> demoData;

    StartupTasks(InitialUsers users, SampleService samples, SolveJobService jobs, ObjectProvider<DemoDataLoader> demoData) {
        this.users = users;
        this.samples = samples;
        this.jobs = jobs;
        this.demoData = demoData;
    }

    /** Runs before the web server opens its port, so no request ever sees a half-started service. */
    @Override
    public void afterSingletonsInstantiated() {
        users.create();
        int interruptedSamples = samples.recover();
        int interruptedJobs = jobs.recover();
        if (interruptedSamples + interruptedJobs > 0) {
            LOG.info("Marked {} samples and {} solving jobs interrupted by the last shutdown (best plans kept)",
                    interruptedSamples, interruptedJobs);
        }
        demoData.ifAvailable(DemoDataLoader::loadIfEmpty);
    }
}
