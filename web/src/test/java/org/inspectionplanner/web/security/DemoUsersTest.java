package org.inspectionplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectionplanner.web.ApiTest;
import org.inspectionplanner.web.InspectionPlannerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo users exist only under the explicit demo profile, and a start with them warns. */
@ExtendWith(OutputCaptureExtension.class)
class DemoUsersTest extends ApiTest {

    @Autowired
    InitialUsers initialUsers;

    @Test
    void aStartWithDemoUsersWarns(CapturedOutput output) {
        initialUsers.create(); // what every start runs
        assertThat(output.getOut() + output.getErr()).contains("DEMO USERS EXIST", "demo-admin");
    }

    @Test
    void aPlainStartHasNoDemoUsersAndNoDemoData(CapturedOutput output) {
        int before = output.getAll().length();
        try (ConfigurableApplicationContext plain = new SpringApplicationBuilder(InspectionPlannerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:no-demo;DB_CLOSE_DELAY=-1",
                        "--INSPECTION_PLANNER_ADMIN_PASSWORD=Walrus-Thimble-63-Orchard")) {
            AppUserRepository users = plain.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername).containsExactly("admin");
            assertThat(plain.getEnvironment().getActiveProfiles()).isEmpty();
        }
        assertThat(output.getAll().substring(before)).contains("created user 'admin'").doesNotContain("DEMO USERS EXIST");
    }
}
