package org.ortakakil.identity.web;

import org.ortakakil.identity.CurrentAccount;
import org.ortakakil.identity.internal.AccountDirectory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every page knows who is there: {@code me} is the account the request acts as, {@code staff} the
 * member of staff when it is an assisted session (the layout shows a banner then).
 */
@ControllerAdvice
class AccountModel {

	@ModelAttribute("me")
	CurrentAccount me(HttpServletRequest request) {
		return request.getAttribute(AccountDirectory.CURRENT) instanceof CurrentAccount account ? account : null;
	}

	@ModelAttribute("staff")
	CurrentAccount staff(HttpServletRequest request) {
		Object me = request.getAttribute(AccountDirectory.CURRENT);
		return me instanceof CurrentAccount account && account.assisted()
				&& request.getAttribute(AccountDirectory.AUTHENTICATED) instanceof CurrentAccount staff ? staff : null;
	}
}
