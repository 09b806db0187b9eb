package org.inspectionplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;

class SecurityTest extends ApiTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void onlyLoginStaticAssetsAndHealthAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui.html").accept("text/html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        // Not a page a browser asks for (no text/html): the Basic challenge rather than the login redirect.
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env").accept("text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentListsTheResources() throws Exception {
        mvc.perform(get("/v3/api-docs").with(planner())).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/datasets']").exists())
                .andExpect(jsonPath("$.paths['/api/samples/{id}/files/{name}']").exists())
                .andExpect(jsonPath("$.paths['/api/allocations/{id}/solver']").exists())
                .andExpect(jsonPath("$.paths['/api/schedules/{id}/solver']").exists());
    }

    @Test
    void usersAreStoredWithBcryptHashesAndEachDemoRoleExists() throws Exception {
        for (String name : new String[] {"admin", "planner", "teamlead", "programme", "demo-admin"}) {
            AppUser user = users.findByUsername(name).orElseThrow();
            assertThat(user.getPasswordHash()).startsWith("$2a$");
        }
        assertThat(encoder.matches("demo-planner", users.findByUsername("planner").orElseThrow().getPasswordHash())).isTrue();
        mvc.perform(get("/api/me").with(teamLead())).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("teamlead"))
                .andExpect(jsonPath("$.roles[0]").value("TEAM_LEAD"));
        mvc.perform(get("/api/me").with(httpBasic("planner", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void formLoginWorksAndASessionCallNeedsTheCsrfTokenToChangeThings() throws Exception {
        HttpSession session = mvc.perform(post("/login").param("username", "planner").param("password", "demo-planner")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession();
        MockHttpSession signedIn = (MockHttpSession) session;
        mvc.perform(get("/api/me").session(signedIn)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("planner"));
        mvc.perform(post("/api/samples").session(signedIn).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
        mvc.perform(post("/api/samples").session(signedIn).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/login").param("username", "planner").param("password", "demo-planner"))
                .andExpect(status().isForbidden()); // the form itself needs its CSRF token
        mvc.perform(post("/login").param("username", "planner").param("password", "nope").with(csrf()))
                .andExpect(redirectedUrlPattern("/login?error*"));
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        mvc.perform(post("/api/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"new-lead\",\"password\":\"Quill-Harbour-52-Marmot\",\"role\":\"TEAM_LEAD\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.role").value("TEAM_LEAD"));
        mvc.perform(get("/api/me").with(httpBasic("new-lead", "Quill-Harbour-52-Marmot"))).andExpect(status().isOk());
        mvc.perform(post("/api/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\",\"password\":\"short\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/users").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
        mvc.perform(get("/api/users").with(planner())).andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(teamLead())).andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(programmeManager())).andExpect(status().isForbidden());
        mvc.perform(get("/api/users")).andExpect(status().isUnauthorized());
    }
}
