package org.ortakakil.platform;

/**
 * Implemented by every module that holds personal data about an account, so that "download my
 * data" finds all of it and "delete my account" erases all of it (KVKK articles 7 and 11).
 * An account is named by its id and by its principal, the name its acts carry.
 */
public interface PersonalDataHolder {

	/** The key under which this module's data appears in the download, e.g. {@code "spaces"}. */
	String name();

	/** Everything this module holds about the account, as JSON-serializable maps, lists and values. */
	Object export(long accountId, String principal);

	/** Erases the account's personal data; public contributions stay, without the person. */
	void erase(long accountId, String principal);
}
