package org.inspectionplanner.web.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. An entry joins the caller's transaction if there is one, so an audited
 * change and its entry commit together on one connection; otherwise it commits on its own. (Each
 * entry used to open a transaction of its own, which inside an upload's transaction took a second
 * pooled connection while holding the first: 20 uploads at once held all 20 and waited for each
 * other, issue 14.) Record failures (a rejected upload) outside any transaction, so they stay.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /** Records an action by the signed-in user; {@code target} names the stored thing, e.g. {@code sample:12}. */
    @Transactional
    public void record(AuditAction action, String target, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null ? "system" : auth.getName();
        events.save(new AuditEvent(user, action, target, detail));
    }

    @Transactional
    public void recordAs(String username, AuditAction action, String target, String detail) {
        events.save(new AuditEvent(username, action, target, detail));
    }

    @EventListener
    void onLoginFailure(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        recordAs(String.valueOf(name), AuditAction.LOGIN_FAILURE, null,
                event.getException().getClass().getSimpleName());
    }
}
