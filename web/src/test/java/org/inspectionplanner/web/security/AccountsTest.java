package org.inspectionplanner.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** Issue 14 item 5: password rules, disabling users, changing and resetting passwords. */
class AccountsTest extends ApiTest {

    private static final String GOOD = "Plover-quince-47-Zither";

    private long createUser(String username, String password, String role) throws Exception {
        return body(mvc.perform(post("/api/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}"))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    @Test
    void weakPasswordsAreRefusedWithAProblemNamingTheField() throws Exception {
        for (String weak : new String[] {"aaaaaaaaaaaa", "password1234", "abcdabcdabcd"}) {
            mvc.perform(post("/api/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"weak-user\",\"password\":\"" + weak + "\",\"role\":\"PLANNER\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].file").value("password"));
        }
        mvc.perform(get("/api/me").with(httpBasic("weak-user", "aaaaaaaaaaaa"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledUserCannotSignInAndTheirSessionEnds() throws Exception {
        long id = createUser("leaver", GOOD, "PLANNER");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "leaver")
                        .param("password", GOOD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(get("/api/me").session(session)).andExpect(status().isOk());

        mvc.perform(patch("/api/users/" + id).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/me").with(httpBasic("leaver", GOOD))).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").param("username", "leaver").param("password", GOOD).with(csrf()))
                .andExpect(redirectedUrlPattern("/login?error*"));
        mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());

        mvc.perform(patch("/api/users/" + id).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic("leaver", GOOD))).andExpect(status().isOk());
        mvc.perform(get("/api/audit?action=USER_CHANGED").with(admin()))
                .andExpect(jsonPath("$[0].target").value("user:" + id))
                .andExpect(jsonPath("$[0].detail").value("enabled=true role=PLANNER"));
    }

    @Test
    void anAdminCannotLockThemselvesOut() throws Exception {
        long self = findId("demo-admin");
        mvc.perform(patch("/api/users/" + self).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isConflict());
        mvc.perform(patch("/api/users/" + self).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"PLANNER\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anAdminResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
        long id = createUser("forgetful", GOOD, "TEAM_LEAD");
        String generated = body(mvc.perform(post("/api/users/" + id + "/password").with(admin()))
                .andExpect(status().isOk())).get("generatedPassword").asText();
        Assertions.assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
        mvc.perform(get("/api/me").with(httpBasic("forgetful", GOOD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic("forgetful", generated))).andExpect(status().isOk());

        mvc.perform(post("/api/users/" + id + "/password").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"aaaaaaaaaaaa\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/users/" + id + "/password").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"Gantry-Oxbow-19-Meadowlark\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.generatedPassword").doesNotExist());
        mvc.perform(get("/api/me").with(httpBasic("forgetful", "Gantry-Oxbow-19-Meadowlark"))).andExpect(status().isOk());
        mvc.perform(post("/api/users/" + id + "/password").with(teamLead())).andExpect(status().isForbidden());
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        createUser("changer", GOOD, "PROGRAMME_MANAGER");
        mvc.perform(put("/api/me/password").with(httpBasic("changer", GOOD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"wrong\",\"newPassword\":\"Tundra-Lantern-88-Quokka\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].file").value("currentPassword"));
        mvc.perform(put("/api/me/password").with(httpBasic("changer", GOOD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + GOOD + "\",\"newPassword\":\"zzzzzzzzzzzzzz\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].file").value("newPassword"));
        mvc.perform(put("/api/me/password").with(httpBasic("changer", GOOD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + GOOD + "\",\"newPassword\":\"Tundra-Lantern-88-Quokka\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").with(httpBasic("changer", GOOD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic("changer", "Tundra-Lantern-88-Quokka"))).andExpect(status().isOk());
    }

    private long findId(String username) throws Exception {
        for (var user : body(mvc.perform(get("/api/users").with(admin())))) {
            if (user.get("username").asText().equals(username)) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError("no user " + username);
    }
}
