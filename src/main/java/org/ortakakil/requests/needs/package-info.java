/**
 * My Neighbourhood, My Muhtar (Mahallem Muhtarım): a muhtar's page with every service request of the neighbourhood and
 * the neighbourhood's ranked list of larger needs; the district coordinator's view of all the district's
 * needs side by side; the monthly needs report per district (CSV and a printable page).
 */
package org.ortakakil.requests.needs;
