package org.inspectionplanner.web.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit log: each entry in its own transaction, so it stays even if the caller fails. */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /** Records an action by the signed-in user; {@code target} names the stored thing, e.g. {@code sample:12}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String target, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null ? "system" : auth.getName();
        events.save(new AuditEvent(user, action, target, detail));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
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
