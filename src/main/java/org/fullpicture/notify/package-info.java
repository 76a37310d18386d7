/**
 * Notify: who must be told what, by when. In-app notifications with acknowledgement and
 * escalation, the daily digest, Operation Encompass, notices rerouted to a child's
 * current setting, signed webhooks from an outbox, and the timeliness of all of it.
 */
package org.fullpicture.notify;
