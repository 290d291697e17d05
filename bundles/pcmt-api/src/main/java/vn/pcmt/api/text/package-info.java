/**
 * Helpers for Vietnamese text and numbers every bundle shares: NFC, the folded form names are matched by (case and
 * diacritics ignored), the 34 provinces, numbers written without ".0". Moved out of {@code vn.pcmt.api} (issue 10),
 * which keeps the model and the services.
 */
@Export
@Version("1.0.0")
package vn.pcmt.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
