package org.inspectionplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A black-box review: a signed-in user asking for an API address that does not exist got 403 ("your role does
 * not allow this"), as if some role could open it. It is a 404 problem now, and unauthenticated still 401. The
 * deny-by-default that gave the 403 must still close every real endpoint to the roles it is not for: every
 * endpoint the controllers declare under /api is tried with every role it is not meant for.
 */
@Import(ApiAddressesTest.Unruled.class)
class ApiAddressesTest extends ApiTest {

    /** An endpoint added without a security rule: deny-by-default keeps it closed to every role (403, not 404 or 200). */
    @RestController
    static class Unruled {
        @GetMapping("/api/unruled")
        String unruled() {
            return "open";
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;

    private static final Map<Role, RequestPostProcessor> USERS = Map.of(Role.PLANNER, planner(), Role.TEAM_LEAD, teamLead(),
            Role.PROGRAMME_MANAGER, programmeManager(), Role.ADMIN, admin());

    private MockHttpServletResponse send(HttpMethod method, String path, RequestPostProcessor user) throws Exception {
        var request = request(method, path);
        return mvc.perform(user == null ? request : request.with(user)).andReturn().getResponse();
    }

    @Test
    void anUnknownApiAddressIsA404ProblemForEverySignedInRoleAnd401ForAnyoneElse() throws Exception {
        for (String path : List.of("/api/nothing-here", "/api/reports/1", "/api/datasets-export")) {
            for (var user : USERS.entrySet()) {
                for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.DELETE)) {
                    MockHttpServletResponse response = send(method, path, user.getValue());
                    assertThat(response.getStatus()).as("%s %s as %s: %s", method, path, user.getKey(), response.getContentAsString())
                            .isEqualTo(404);
                    assertThat(response.getContentType()).startsWith("application/problem+json");
                    assertThat(json.readTree(response.getContentAsString()).get("detail").asText())
                            .isEqualTo("Nothing answers at this address. The API's addresses are listed at /v3/api-docs.");
                }
            }
            MockHttpServletResponse anonymous = send(HttpMethod.GET, path, null);
            assertThat(anonymous.getStatus()).isEqualTo(401);
            assertThat(anonymous.getContentType()).startsWith("application/problem+json");
            assertThat(send(HttpMethod.GET, path, org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.httpBasic("planner", "wrong")).getStatus()).isEqualTo(401);
        }
        // Under an endpoint's address, for a role it is for, a missing address was already a 404.
        assertThat(send(HttpMethod.GET, "/api/samples/1/nothing", teamLead()).getStatus()).isEqualTo(404);
    }

    /** Each API endpoint, with "1" for its path variables, and the roles it is meant for (none: refused to every role). */
    record Endpoint(HttpMethod method, String path, Set<Role> roles) {
    }

    @Test
    void everyRealEndpointStillRefusesTheRolesItIsNotFor() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the API's endpoints").hasSizeGreaterThan(30)
                .contains(new Endpoint(HttpMethod.GET, "/api/unruled", Set.of()));
        List<String> opened = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (var user : USERS.entrySet()) {
                if (!e.roles().contains(user.getKey())) {
                    MockHttpServletResponse response = send(e.method(), e.path(), user.getValue());
                    if (response.getStatus() != 403) {
                        opened.add(e.method() + " " + e.path() + " as " + user.getKey() + ": " + response.getStatus());
                    }
                }
            }
        }
        assertThat(opened).as("endpoints answering a role they are not for").isEmpty();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : controllers.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]*}", "1");
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpMethod method = HttpMethod.valueOf(m.name());
                    Set<Role> roles = rolesFor(method, path);
                    if (roles != null) {
                        endpoints.add(new Endpoint(method, path, roles));
                    }
                }
            }
        }
        return endpoints;
    }

    /**
     * Who each endpoint is for, as docs/web.md documents it; null for the endpoints any signed-in
     * user may call because the check is per item (deleting, and what a deletion takes) or about themselves (/api/me).
     */
    private static Set<Role> rolesFor(HttpMethod method, String path) {
        boolean get = method == HttpMethod.GET;
        if (path.startsWith("/api/me") || path.matches("/api/(datasets|samples|allocations|schedules)/1") && method == HttpMethod.DELETE
                || path.matches("/api/(datasets|samples|allocations|schedules)/1/deletion") && get) {
            return null;
        }
        if (path.startsWith("/api/audit") || path.startsWith("/api/users") || path.equals("/api/backup")) {
            return Set.of(Role.ADMIN);
        }
        if (path.equals("/api/datasets/1/retention")) {
            return get ? Set.of(Role.ADMIN, Role.PLANNER, Role.TEAM_LEAD, Role.PROGRAMME_MANAGER) : Set.of(Role.ADMIN);
        }
        if (path.startsWith("/api/datasets")) {
            return Set.of(Role.PLANNER, Role.TEAM_LEAD, Role.PROGRAMME_MANAGER);
        }
        if (path.startsWith("/api/samples")) {
            return get ? Set.of(Role.PLANNER, Role.TEAM_LEAD) : Set.of(Role.PLANNER);
        }
        if (path.startsWith("/api/allocations")) {
            return Set.of(Role.TEAM_LEAD);
        }
        if (path.equals("/api/schedules/1/samples") && method == HttpMethod.POST) {
            return Set.of(Role.PLANNER);
        }
        if (path.startsWith("/api/schedules")) {
            return get ? Set.of(Role.PLANNER, Role.TEAM_LEAD, Role.PROGRAMME_MANAGER) : Set.of(Role.PROGRAMME_MANAGER);
        }
        return Set.of(); // an endpoint without a rule is closed to every role
    }
}
