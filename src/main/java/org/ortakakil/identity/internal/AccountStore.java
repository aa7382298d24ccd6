package org.ortakakil.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ortakakil.identity.Role;
import org.ortakakil.identity.RoleGrant;
import org.ortakakil.shared.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes accounts and their roles. Services decide; this only stores. */
@Repository
public class AccountStore {

	private static final String COLUMNS = "id, email, display_name, password_hash, language, home_district_id,"
			+ " home_neighbourhood_id, notification_mode, consent_version, email_confirmed_at, assisted_only,"
			+ " security_version, created_at, deleted_at";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts an account; a second account with the same e-mail key is refused by the database. */
	public long insert(EmailAddress email, String displayName, String passwordHash, String language,
			Integer consentVersion, Instant confirmedAt, boolean assistedOnly, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO account (email, email_key, display_name, password_hash, language, consent_version,
					                     consent_accepted_at, email_confirmed_at, assisted_only, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(email == null ? null : email.value(), email == null ? null : email.key(), displayName, passwordHash,
						language, consentVersion, consentVersion == null ? null : Timestamp.from(now),
						confirmedAt == null ? null : Timestamp.from(confirmedAt), assistedOnly, Timestamp.from(now))
				.update(key, "id");
		}
		catch (DuplicateKeyException taken) {
			throw DomainException.conflict("email.taken");
		}
		return key.getKey().longValue();
	}

	public Optional<AccountRecord> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(AccountStore::row).optional();
	}

	public Optional<AccountRecord> byEmail(String typed) {
		String key;
		try {
			key = EmailAddress.parse(typed).key();
		}
		catch (org.ortakakil.shared.DomainException notAnAddress) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email_key = ?").param(key)
			.query(AccountStore::row).optional();
	}

	public Optional<AccountRecord> byOidc(String issuer, String subject) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE oidc_issuer = ? AND oidc_subject = ?")
			.params(issuer, subject).query(AccountStore::row).optional();
	}

	public void linkOidc(long id, String issuer, String subject) {
		jdbc.sql("UPDATE account SET oidc_issuer = ?, oidc_subject = ? WHERE id = ?").params(issuer, subject, id).update();
	}

	/** Accounts whose e-mail or name contains the query, newest first. */
	public List<AccountRecord> search(String query, int limit) {
		String like = "%" + EmailAddress.keyOf(query == null ? "" : query.strip()).replace("%", "").replace("_", "") + "%";
		// names are folded as e-mail keys are: İ, I, ı and i alike
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE deleted_at IS NULL AND (email_key LIKE ?"
				+ " OR LOWER(TRANSLATE(display_name, 'İIı', 'iii')) LIKE ? OR CAST(id AS VARCHAR(20)) = ?)"
				+ " ORDER BY id DESC FETCH FIRST "
				+ Math.max(1, Math.min(limit, 200)) + " ROWS ONLY")
			.params(like, like, query == null ? "" : query.strip())
			.query(AccountStore::row).list();
	}

	public void updateProfile(long id, String displayName, String language, Integer districtId, Integer neighbourhoodId,
			String notificationMode) {
		jdbc.sql("UPDATE account SET display_name = ?, language = ?, home_district_id = ?, home_neighbourhood_id = ?,"
				+ " notification_mode = ? WHERE id = ?")
			.params(displayName, language, districtId, neighbourhoodId, notificationMode, id).update();
	}

	public void setPassword(long id, String hash) {
		jdbc.sql("UPDATE account SET password_hash = ?, security_version = security_version + 1 WHERE id = ?")
			.params(hash, id).update();
	}

	public void setEmail(long id, EmailAddress email) {
		try {
			jdbc.sql("UPDATE account SET email = ?, email_key = ?, assisted_only = FALSE WHERE id = ?")
				.params(email.value(), email.key(), id).update();
		}
		catch (DuplicateKeyException taken) {
			throw DomainException.conflict("email.taken");
		}
	}

	/** Every "remember me" series of the account stops working. */
	public void forgetRememberMe(long id) {
		jdbc.sql("DELETE FROM persistent_logins WHERE username = ?").param(String.valueOf(id)).update();
	}

	public boolean confirmEmail(long id, Instant now) {
		return jdbc.sql("UPDATE account SET email_confirmed_at = ? WHERE id = ? AND email_confirmed_at IS NULL")
			.params(Timestamp.from(now), id).update() == 1;
	}

	public void acceptConsent(long id, int version, Instant now) {
		jdbc.sql("UPDATE account SET consent_version = ?, consent_accepted_at = ? WHERE id = ?")
			.params(version, Timestamp.from(now), id).update();
	}

	public List<RoleGrant> roles(long id) {
		return jdbc.sql("SELECT role, scope FROM account_role WHERE account_id = ? ORDER BY role, scope").param(id)
			.query((rs, i) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getString(2))).list();
	}

	/** Adds the role; false when the account already held it. */
	public boolean grant(long id, RoleGrant grant, String grantedBy, Instant now) {
		try {
			jdbc.sql("INSERT INTO account_role (account_id, role, scope, granted_at, granted_by) VALUES (?, ?, ?, ?, ?)")
				.params(id, grant.role().name(), grant.scope(), Timestamp.from(now), grantedBy).update();
		}
		catch (DuplicateKeyException held) {
			return false;
		}
		bumpSecurityVersion(id);
		return true;
	}

	public boolean revoke(long id, RoleGrant grant) {
		int removed = jdbc.sql("DELETE FROM account_role WHERE account_id = ? AND role = ? AND scope = ?")
			.params(id, grant.role().name(), grant.scope()).update();
		if (removed > 0) {
			bumpSecurityVersion(id);
		}
		return removed > 0;
	}

	public long countWithRole(Role role) {
		return jdbc.sql("SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id"
				+ " WHERE r.role = ? AND a.deleted_at IS NULL").param(role.name()).query(Long.class).single();
	}

	public void bumpSecurityVersion(long id) {
		jdbc.sql("UPDATE account SET security_version = security_version + 1 WHERE id = ?").param(id).update();
	}

	/** Erases what identifies the person; the row stays so public contributions keep their author id. */
	public void erase(long id, Instant now) {
		jdbc.sql("""
				UPDATE account SET email = NULL, email_key = NULL, display_name = NULL, password_hash = NULL,
				       home_district_id = NULL, home_neighbourhood_id = NULL, oidc_issuer = NULL, oidc_subject = NULL,
				       deleted_at = ?, security_version = security_version + 1
				WHERE id = ?""").params(Timestamp.from(now), id).update();
		jdbc.sql("DELETE FROM account_role WHERE account_id = ?").param(id).update();
		jdbc.sql("DELETE FROM account_token WHERE account_id = ?").param(id).update();
		forgetRememberMe(id);
	}

	private static AccountRecord row(ResultSet rs, int i) throws SQLException {
		return new AccountRecord(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getString("language"), rs.getObject("home_district_id", Integer.class),
				rs.getObject("home_neighbourhood_id", Integer.class), rs.getString("notification_mode"),
				rs.getObject("consent_version", Integer.class), instant(rs.getTimestamp("email_confirmed_at")),
				rs.getBoolean("assisted_only"), rs.getInt("security_version"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("deleted_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
