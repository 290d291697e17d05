/**
 * Who is acting: the identity of the current command (a login over SSH, a served batch command, or the local OS
 * user), its role and scope, and the check every service makes before it writes.
 */
@Export
@Version("1.0.0")
package vn.pcmt.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
