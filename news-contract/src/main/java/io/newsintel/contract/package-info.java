/**
 * The public contract between the services: events (records named for what happened), the topics
 * they travel on with their key and value types, and the JSON serde. Nothing else belongs here.
 */
package io.newsintel.contract;
