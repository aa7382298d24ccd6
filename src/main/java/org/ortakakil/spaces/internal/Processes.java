package org.ortakakil.spaces.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Processes extends ListCrudRepository<ParticipatoryProcess, Long> {

	Optional<ParticipatoryProcess> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
