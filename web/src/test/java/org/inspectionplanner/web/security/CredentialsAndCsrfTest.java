package org.inspectionplanner.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * Issue 14, finding 7: a session cookie with any Authorization header still needs the CSRF token,
 * and wrong Basic credentials are a 401 whatever session comes with them.
 */
class CredentialsAndCsrfTest extends ApiTest {

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
    }

    @Test
    void aSessionWithAnyAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = signIn("planner", "demo-planner");
        mvc.perform(post("/api/samples").session(session).header("Authorization", "Bearer anything")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
        // With correct Basic credentials too: the session cookie makes it a browser's request.
        mvc.perform(post("/api/samples").session(session).with(httpBasic("planner", "demo-planner"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        // With the token it goes through (and fails on its empty body).
        mvc.perform(post("/api/samples").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void basicCredentialsAloneNeedNoTokenUnlessABrowserSaysTheRequestIsCrossSite() throws Exception {
        mvc.perform(post("/api/samples").with(httpBasic("planner", "demo-planner"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        // A browser with cached Basic credentials sends them with another site's form too.
        mvc.perform(post("/api/samples").with(httpBasic("planner", "demo-planner")).header("Sec-Fetch-Site", "cross-site")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void wrongBasicCredentialsAre401WhateverSessionComesWithThem() throws Exception {
        MockHttpSession session = signIn("planner", "demo-planner");
        mvc.perform(get("/api/me").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/me").session(session).with(httpBasic("planner", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").session(session).with(httpBasic("teamlead", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").session(session).header("Authorization", "Basic !!!not-base64"))
                .andExpect(status().isUnauthorized());
        // Right credentials of another user are that user, for this request only.
        mvc.perform(get("/api/me").session(session).with(httpBasic("teamlead", "demo-teamlead")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("teamlead"));
        mvc.perform(get("/api/me").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("planner"));
    }
}
