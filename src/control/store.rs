//! All emulated state, partitioned by account and region.
//!
//! Each partition sits behind its own lock and every operation runs its whole read-check-write
//! inside one `read`/`write` call, so concurrent clients never lose updates and what one request
//! changes is visible to the next at once. The closures are synchronous: no lock is ever held
//! across an `.await`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use parking_lot::RwLock;

use super::cluster::Cluster;
use super::container_instance::ContainerInstance;
use super::settings::AccountSettings;
use super::task::Task;
use super::task_definition::TaskDefinitions;

/// Which account and region a piece of state belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartitionKey {
    pub account_id: String,
    pub region: String,
}

/// The state of one account in one region.
#[derive(Debug, Default)]
pub struct Partition {
    pub clusters: BTreeMap<String, Cluster>,
    pub task_definitions: TaskDefinitions,
    /// Every task of every cluster, by task id. Boxed so that growing the map (under the
    /// partition's lock) moves pointers, not whole tasks: with inline tasks a resize at a few
    /// hundred thousand tasks stalled every request to the partition for seconds.
    pub tasks: HashMap<String, Box<Task>>,
    /// Every container instance of every cluster, by id.
    pub container_instances: HashMap<String, ContainerInstance>,
    pub account_settings: AccountSettings,
    /// Capacity providers created in this account and region, by name.
    pub capacity_providers: BTreeMap<String, crate::control::capacity::CapacityProvider>,
    pub daemon_task_definitions: crate::control::daemon::DaemonTaskDefinitions,
    /// Gateways by name.
    pub gateways: BTreeMap<String, crate::control::gateway::Gateway>,
}

#[derive(Debug, Default)]
pub struct Store {
    partitions: RwLock<HashMap<PartitionKey, Arc<RwLock<Partition>>>>,
}

impl Store {
    /// Runs `f` on the partition; an account and region never written to reads as empty.
    pub fn read<T>(&self, key: &PartitionKey, f: impl FnOnce(&Partition) -> T) -> T {
        let partition = self.partitions.read().get(key).cloned();
        match partition {
            Some(p) => f(&p.read()),
            None => f(&Partition::default()),
        }
    }

    /// Runs `f` on the partition, creating it if needed.
    pub fn write<T>(&self, key: &PartitionKey, f: impl FnOnce(&mut Partition) -> T) -> T {
        let existing = self.partitions.read().get(key).cloned();
        let partition = existing.unwrap_or_else(|| {
            self.partitions
                .write()
                .entry(key.clone())
                .or_default()
                .clone()
        });
        let mut guard = partition.write();
        f(&mut guard)
    }

    /// Every partition that has been written to.
    pub fn keys(&self) -> Vec<PartitionKey> {
        self.partitions.read().keys().cloned().collect()
    }

    /// Forgets everything.
    pub fn clear(&self) {
        self.partitions.write().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(account: &str) -> PartitionKey {
        PartitionKey {
            account_id: account.into(),
            region: "us-east-1".into(),
        }
    }

    #[test]
    fn partitions_are_isolated() {
        let store = Store::default();
        store.write(&key("111111111111"), |p| {
            p.tasks.insert("t".into(), Box::default());
        });
        assert_eq!(store.read(&key("111111111111"), |p| p.tasks.len()), 1);
        assert_eq!(store.read(&key("222222222222"), |p| p.tasks.len()), 0);
        assert_eq!(store.keys(), vec![key("111111111111")]);
    }

    #[test]
    fn concurrent_writers_lose_no_updates() {
        let store = Arc::new(Store::default());
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let store = store.clone();
                std::thread::spawn(move || {
                    for j in 0..200 {
                        store.write(&key("111111111111"), |p| {
                            p.tasks.insert(format!("{i}-{j}"), Box::default());
                        });
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(store.read(&key("111111111111"), |p| p.tasks.len()), 1600);
    }
}
