/**
 * Pabulib {@code .pb} files: {@link org.ortakakil.budgeting.pabulib.PabulibReader} reads and checks them
 * (every problem with its line), {@link org.ortakakil.budgeting.pabulib.PabulibWriter} writes them, and
 * {@link org.ortakakil.budgeting.pabulib.PbCommand} is the {@code pb compute} command line, which the
 * application's {@code main} starts without Spring (hence this package is a named interface of the module).
 */
@org.springframework.modulith.NamedInterface("pabulib")
package org.ortakakil.budgeting.pabulib;
