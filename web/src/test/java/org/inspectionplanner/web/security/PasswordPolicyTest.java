package org.inspectionplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortRepeatedAndCommonPasswords() {
        assertThat(policy.problems("ann", "short")).containsExactly("must have at least 12 characters");
        assertThat(policy.problems("ann", "aaaaaaaaaaaa")).contains("repeats one character or a short pattern");
        assertThat(policy.problems("ann", "abcabcabcabc")).contains("repeats one character or a short pattern");
        assertThat(policy.problems("ann", "121212121212")).contains("repeats one character or a short pattern");
        // in the bundled list of 100,000 common passwords
        assertThat(policy.problems("ann", "password1234")).isNotEmpty();
        assertThat(policy.problems("ann", "qwertyuiop123")).isNotEmpty();
        assertThat(policy.problems("ann", "iloveyou1234")).isNotEmpty();
        assertThat(policy.problems("ann.smith", "ann.smith-2024!")).contains("contains the username");
        assertThat(policy.problems("ann", "x".repeat(201))).containsExactly("must have at most 200 characters");
    }

    @Test
    void acceptsLongUnguessablePasswords() {
        assertThat(policy.problems("ann", "Plover-quince-47-Zither")).isEmpty();
        assertThat(policy.problems("ann", "Xq7#mV2!pL9wRt")).isEmpty();
    }
}
