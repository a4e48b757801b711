// The Settings tab's content, loaded on first visit: the backup panel's schema validation (zod) and the
// template editors are not worth parsing on every opening of the composer.
import type { JSX } from 'preact';
import { BackupPanel } from './backup/BackupPanel';
import { RepositorySettings } from './repository/RepositorySettings';
import { SettingsPanel } from './settings/SettingsPanel';
import { SyncSettings } from './sync/SyncSettings';

export default function SettingsTab(): JSX.Element {
  return (
    <>
      <SettingsPanel />
      <RepositorySettings />
      <SyncSettings />
      <BackupPanel />
    </>
  );
}
