/**
 * Accounts, roles and scopes, verified residents (TC Kimlik No against the resident census),
 * assisted participation at participation offices, and personal-data rights (KVKK).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.ortakakil.identity;
