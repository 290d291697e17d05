/**
 * The pcmt plan model and the services through which plans, areas and progress are offered.
 *
 * <p>Every type here is an immutable record validated in its constructor, or a service interface. Text in
 * records is NFC-normalized Unicode; fields named {@code text}, {@code title} and {@code name} quote the source
 * document exactly as printed.
 */
@Export
@Version("2.0.0")
package vn.pcmt.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
