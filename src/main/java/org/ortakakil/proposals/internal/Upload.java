package org.ortakakil.proposals.internal;

import org.springframework.core.io.InputStreamSource;

/** A file sent with a proposal: the name the sender gave it, its size and its bytes. */
public record Upload(String name, long size, InputStreamSource content) {
}
