package org.ortakakil.spaces.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.ortakakil.spaces.PhaseEnded;
import org.ortakakil.spaces.PhaseStarted;
import org.ortakakil.spaces.PhaseView;
import org.ortakakil.spaces.ProcessView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces phase starts and ends as {@link PhaseStarted} and {@link PhaseEnded}, once each across
 * all instances: whoever inserts the transition row first publishes, in the same transaction.
 */
@Component
class PhaseClock {

	private final SpaceDirectory directory;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PhaseClock(SpaceDirectory directory, JdbcClient jdbc, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ortakakil.spaces.phase-clock.initial-delay:PT30S}",
			fixedDelayString = "${ortakakil.spaces.phase-clock.interval:PT5M}")
	void tick() {
		LocalDate today = LocalDate.now(clock);
		Set<String> announced = new HashSet<>(jdbc.sql("SELECT process_id, phase_key, kind FROM space_phase_transition")
			.query((rs, i) -> transition(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
		for (ProcessView process : directory.processes()) {
			for (PhaseView phase : process.phases()) {
				boolean started = phase.active() || (process.activePhase() == null && phase.startsOn() != null
						&& !today.isBefore(phase.startsOn()));
				boolean ended = !phase.active() && (phase.endsOn() != null && today.isAfter(phase.endsOn())
						|| process.activePhase() != null && phase.position() < process.activePhase().position());
				if ((started || ended) && !announced.contains(transition(process.id(), phase.key(), "STARTED"))) {
					announce(process.id(), phase.key(), "STARTED", today);
				}
				if (ended && !announced.contains(transition(process.id(), phase.key(), "ENDED"))) {
					announce(process.id(), phase.key(), "ENDED", today);
				}
			}
		}
	}

	private static String transition(long processId, String phaseKey, String kind) {
		return processId + "/" + phaseKey + "/" + kind;
	}

	private void announce(long processId, String phaseKey, String kind, LocalDate today) {
		try {
			transactions.executeWithoutResult(status -> {
				int inserted = jdbc.sql("INSERT INTO space_phase_transition (process_id, phase_key, kind, happened_on)"
						+ " SELECT ?, ?, ?, ? FROM space_process WHERE id = ? AND NOT EXISTS (SELECT 1 FROM"
						+ " space_phase_transition WHERE process_id = ? AND phase_key = ? AND kind = ?)")
					.params(processId, phaseKey, kind, Date.valueOf(today), processId, processId, phaseKey, kind)
					.update();
				if (inserted == 1) {
					events.publishEvent("STARTED".equals(kind) ? new PhaseStarted(processId, phaseKey, today)
							: new PhaseEnded(processId, phaseKey, today));
				}
			});
		}
		catch (DuplicateKeyException anotherInstanceWasFirst) {
			// announced by the other instance
		}
	}
}
