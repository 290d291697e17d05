/**
 * The operator's language: Vietnamese by default, English on request, for every bundle that speaks to an operator.
 * One rule for choosing it and one way to read a bundle's message catalogues, so that the shell, the store and the
 * other bundles answer in the same language.
 */
@Export
@Version("1.0.0")
package vn.pcmt.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
