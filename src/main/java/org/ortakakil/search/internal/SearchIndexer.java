package org.ortakakil.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ortakakil.geography.Geography;
import org.ortakakil.proposals.ProposalEvent;
import org.ortakakil.proposals.ProposalState;
import org.ortakakil.proposals.ProposalView;
import org.ortakakil.proposals.Proposals;
import org.ortakakil.shared.LocalizedText;
import org.ortakakil.spaces.AssemblyView;
import org.ortakakil.spaces.ProcessView;
import org.ortakakil.spaces.SpaceChanged;
import org.ortakakil.spaces.SpaceKind;
import org.ortakakil.spaces.Spaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index current: each event of a proposal or a space makes the index read that one thing
 * again and replace its document (or hide or remove it), so the order events arrive in does not matter.
 * At startup the spaces are indexed once (a few dozen), so a database filled before search existed is
 * searchable; proposals come through their events.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SearchIndexer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
	private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
	private static final Set<ProposalState> PUBLIC = Set.of(ProposalState.PUBLISHED, ProposalState.EVALUATING,
			ProposalState.ACCEPTED, ProposalState.REJECTED);

	private final SearchIndex index;
	private final Spaces spaces;
	private final ObjectProvider<Proposals> proposals;
	private final Geography geography;

	SearchIndexer(SearchIndex index, Spaces spaces, ObjectProvider<Proposals> proposals, Geography geography) {
		this.index = index;
		this.spaces = spaces;
		this.proposals = proposals;
		this.geography = geography;
	}

	@ApplicationModuleListener
	void on(ProposalEvent event) {
		refreshProposal(event.proposalId());
	}

	@ApplicationModuleListener
	void on(SpaceChanged event) {
		refreshSpace(event.kind(), event.spaceId());
	}

	@Override
	public void run(ApplicationArguments arguments) {
		int count = reindexSpaces();
		log.info("Search: {} spaces indexed", count);
	}

	/** Reads the proposal again: indexed while published and not hidden, kept but hidden otherwise. */
	public void refreshProposal(long id) {
		Proposals source = proposals.getIfAvailable();
		if (source == null) {
			return;
		}
		source.find(id).ifPresentOrElse(view -> index.put(document(view, source.path(id))),
				() -> index.remove("proposal", id));
	}

	/** Reads the space again: indexed while published, removed otherwise. */
	public void refreshSpace(SpaceKind kind, long id) {
		if (kind == SpaceKind.PROCESS) {
			spaces.process(id).filter(ProcessView::published).ifPresentOrElse(p -> index.put(document(p)),
					() -> index.remove("process", id));
		}
		else {
			spaces.assembly(id).filter(AssemblyView::published).ifPresentOrElse(a -> index.put(document(a)),
					() -> index.remove("assembly", id));
		}
	}

	/** Indexes every published space again and removes the rest; returns how many were indexed. */
	public int reindexSpaces() {
		List<SearchDocument> documents = new ArrayList<>();
		spaces.processes().stream().filter(ProcessView::published).forEach(p -> documents.add(document(p)));
		spaces.assemblies().stream().filter(AssemblyView::published).forEach(a -> documents.add(document(a)));
		index.putAll(documents);
		for (String kind : List.of("process", "assembly")) {
			Set<Long> kept = new HashSet<>();
			documents.stream().filter(d -> d.kind().equals(kind)).forEach(d -> kept.add(d.id()));
			index.ids(kind).stream().filter(id -> !kept.contains(id)).forEach(id -> index.remove(kind, id));
		}
		return documents.size();
	}

	static SearchDocument document(ProposalView p, String path) {
		boolean visible = !p.hidden() && PUBLIC.contains(p.state());
		Instant when = p.publishedAt() != null ? p.publishedAt() : p.updatedAt();
		LocalDate dated = when == null ? null : LocalDate.ofInstant(when, ISTANBUL);
		String language = p.language() == null ? LocalizedText.DEFAULT_LANGUAGE : p.language();
		return new SearchDocument("proposal", p.id(), path, dated, visible, new HashSet<>(p.districtIds()),
				List.of(new SearchDocument.Text(language, p.title(), p.body())));
	}

	SearchDocument document(ProcessView p) {
		Set<Integer> districts = new HashSet<>(p.districtIds());
		if (p.neighbourhoodId() != null) {
			geography.neighbourhood(p.neighbourhoodId()).ifPresent(n -> districts.add(n.districtId()));
		}
		return new SearchDocument("process", p.id(), "/processes/" + p.slug(), p.startsOn(), true, districts,
				texts(p.title(), p.description()));
	}

	static SearchDocument document(AssemblyView a) {
		return new SearchDocument("assembly", a.id(), "/assemblies/" + a.slug(), null, true,
				new HashSet<>(a.districtIds()), texts(a.title(), a.description()));
	}

	/** One text per language the title or the description has; a missing one falls back to Turkish. */
	static List<SearchDocument.Text> texts(LocalizedText title, LocalizedText description) {
		Set<String> languages = new LinkedHashSet<>(title.values().keySet());
		if (description != null) {
			languages.addAll(description.values().keySet());
		}
		return languages.stream()
			.map(language -> new SearchDocument.Text(language, title.in(language),
					description == null ? "" : description.in(language)))
			.toList();
	}
}
