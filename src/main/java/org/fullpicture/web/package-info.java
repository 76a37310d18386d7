/**
 * The pages practitioners use every day (home, find a child, the child's record and chronology,
 * recording), the shared page layout, and the one shape of API error.
 */
package org.fullpicture.web;
