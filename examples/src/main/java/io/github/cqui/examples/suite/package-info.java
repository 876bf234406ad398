/**
 * The integration the tester's suite checks: {@link io.github.cqui.examples.suite.CaseDesk}, a
 * small case-handling desk that wires cqui in with its own calendar and switches. The suite itself
 * is in the test sources of this package, written only against cqui's published API and its testing
 * package ({@code docs/TESTERS.md}).
 */
@NullMarked
package io.github.cqui.examples.suite;

import org.jspecify.annotations.NullMarked;
