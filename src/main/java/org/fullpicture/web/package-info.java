/**
 * What every module's pages share and no feature owns: the page layout (filled in by each
 * module's {@link org.fullpicture.web.LayoutContributor}), error pages, the one shape of
 * API error, paging, date and form helpers, and drafts. Depends on no feature module, so
 * that every module's pages can use it.
 */
package org.fullpicture.web;
