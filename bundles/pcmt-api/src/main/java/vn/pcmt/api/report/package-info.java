/**
 * Progress and reporting as an official signs it: the status a target is given (docs/progress.md), the reporting
 * rounds a plan's duties produce and whether each was sent, and the report document built from them.
 */
@Export
@Version("1.1.0")
package vn.pcmt.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
