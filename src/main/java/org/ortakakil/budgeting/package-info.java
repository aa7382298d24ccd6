/**
 * Participatory budgeting: a process's participatory budget with its budgets (city-wide and per
 * district), project ideas, technical review, supports, secret ballots of four types, and outcomes
 * computed by the rules of the participatory-budgeting research community in exact arithmetic. The
 * computational core: elections as the Pabulib format describes them ({@code model}), reading, checking
 * and writing {@code .pb} files ({@code pabulib}), the outcome rules ({@code rules}), with the command
 * {@code pb compute} that runs a rule on a file without the web server or a database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participatory budgeting")
package org.ortakakil.budgeting;
