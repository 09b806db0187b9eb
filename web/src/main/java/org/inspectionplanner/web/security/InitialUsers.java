package org.inspectionplanner.web.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start (no users at all) creates the ADMIN account, with the password from
 * {@code INSPECTION_PLANNER_ADMIN_PASSWORD} or, if unset, a random one printed once to the log.
 * Only under the explicit {@code demo} profile, also creates one demo user per role (documented in the
 * README); whenever demo users exist, every start logs a warning.
 */
@Component
public class InitialUsers {

    private static final Logger LOG = LoggerFactory.getLogger(InitialUsers.class);

    /** The demo accounts: role, username, password. Demo only; never use them on real data. */
    public static final String[][] DEMO_USERS = {
            {"PLANNER", "planner", "demo-planner"},
            {"TEAM_LEAD", "teamlead", "demo-teamlead"},
            {"PROGRAMME_MANAGER", "programme", "demo-programme"},
            {"ADMIN", "demo-admin", "demo-admin"},
    };

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final String adminPassword;

    InitialUsers(AppUserRepository users, PasswordEncoder encoder, Environment environment,
            @Value("${INSPECTION_PLANNER_ADMIN_PASSWORD:}") String adminPassword) {
        this.users = users;
        this.encoder = encoder;
        this.environment = environment;
        this.adminPassword = adminPassword;
    }

    @Transactional
    public void create() {
        if (users.count() == 0) {
            String password = adminPassword;
            if (password.isBlank()) {
                password = randomPassword();
                LOG.warn("First start: created user 'admin' with the one-time password {} "
                        + "(shown only now; set INSPECTION_PLANNER_ADMIN_PASSWORD to choose it)", password);
            } else {
                LOG.info("First start: created user 'admin' with the password from INSPECTION_PLANNER_ADMIN_PASSWORD");
            }
            users.save(new AppUser("admin", encoder.encode(password), Role.ADMIN));
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            for (String[] demo : DEMO_USERS) {
                if (!users.existsByUsername(demo[1])) {
                    users.save(new AppUser(demo[1], encoder.encode(demo[2]), Role.valueOf(demo[0])));
                    LOG.info("Demo profile: created demo user '{}' ({})", demo[1], demo[0]);
                }
            }
        }
        List<String> present = Arrays.stream(DEMO_USERS).map(d -> d[1]).filter(users::existsByUsername).toList();
        if (!present.isEmpty()) {
            LOG.warn("DEMO USERS EXIST: {} with the passwords published in the README. Never keep real case data "
                    + "in this service while they exist: disable them (PATCH /api/users/ID with enabled=false) "
                    + "or start without the demo profile on a fresh data directory.", present);
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
