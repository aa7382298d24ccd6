/**
 * Meetings and neighbourhood governance: meetings of a space (process or assembly) in person, online
 * or hybrid, with registration and a waiting list, agendas residents may add to, check-in at the door,
 * minutes and decisions ({@link MeetingDecisionTaken}, for accountability), calendar feeds, and the
 * district coordinators' cycles of neighbourhood meetings with the city's coverage view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.ortakakil.meetings;
