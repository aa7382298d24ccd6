package org.ortakakil.spaces.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Assemblies extends ListCrudRepository<Assembly, Long> {

	Optional<Assembly> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
