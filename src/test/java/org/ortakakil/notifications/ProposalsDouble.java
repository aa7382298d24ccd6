package org.ortakakil.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.proposals.Proposals;
import org.ortakakil.spaces.SpaceKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Proposals the notification and search tests make up, with ids far above real ones; every other id is asked
 * of the proposals module's own bean, so the rest of the test context sees no difference.
 */
@Component
@Primary
public class ProposalsDouble implements Proposals {

	private static final AtomicLong IDS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

	private final Map<Long, ProposalView> made = new ConcurrentHashMap<>();
	private final ObjectProvider<Proposals> all;

	ProposalsDouble(ObjectProvider<Proposals> all) {
		this.all = all;
	}

	/** A published proposal of a process, in the districts given, by the author. */
	public ProposalView publish(long processId, List<Integer> districts, String author, String title) {
		long id = IDS.incrementAndGet();
		ProposalView view = new ProposalView(id, 1, SpaceKind.PROCESS, processId, title, "…", "tr", "transport",
				districts, null, null, null, author, ProposalState.PUBLISHED, 0, false, Instant.now(), Instant.now());
		made.put(id, view);
		return view;
	}

	/** Makes the proposal known as it is given (or changes it): other tests' stand-in for a changed proposal. */
	public void put(ProposalView view) {
		made.put(view.id(), view);
	}

	@Override
	public Optional<ProposalView> find(long id) {
		ProposalView view = made.get(id);
		return view != null ? Optional.of(view) : real().flatMap(p -> p.find(id));
	}

	@Override
	public List<String> supporters(long proposalId) {
		return made.containsKey(proposalId) ? List.of() : real().map(p -> p.supporters(proposalId)).orElse(List.of());
	}

	private Optional<Proposals> real() {
		return all.stream().filter(p -> p != this).findFirst();
	}
}
