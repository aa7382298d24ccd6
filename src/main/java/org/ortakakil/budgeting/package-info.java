/**
 * Participatory budgeting. So far its computational core: participatory-budgeting elections as the
 * Pabulib format describes them ({@code model}), reading, checking and writing {@code .pb} files
 * ({@code pabulib}), and the outcome rules in exact arithmetic ({@code rules}), with the command
 * {@code pb compute} that runs a rule on a file without the web server or a database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participatory budgeting")
package org.ortakakil.budgeting;
