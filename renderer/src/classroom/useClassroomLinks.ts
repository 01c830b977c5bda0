import { useEffect } from 'react';
import { commandForKey, performCommand } from '../commands/registry';
import { applyCameraPose, readCameraPose } from '../scene/cameraAccess';
import { showsAllLabels } from '../scene/Labels';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { playhead } from '../store/playhead';
import { AudienceLink } from './audienceLink';
import { newSenderId, openChannel } from './channel';
import { useClassroomStore } from './classroomStore';
import { PresenterLink } from './presenterLink';
import { type CameraPose, CHANNEL_NAME, isForwardedCommand } from './protocol';
import type { SyncStores } from './state';

const STORES: SyncStores = { app: useAppStore, explore: useExploreStore, classroom: useClassroomStore };

/** How often a camera pose that arrived before the scene was up is tried again, ms. */
const PENDING_CAMERA_RETRY_MS = 100;

/** The console's side of the link, while `active`: it sends, answers and says goodbye on pagehide. */
export function usePresenterLink(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const channel = openChannel(CHANNEL_NAME);
    if (!channel) return;
    const link = new PresenterLink({
      channel,
      stores: STORES,
      id: newSenderId(),
      readCamera: readCameraPose,
      showsAllLabels: () =>
        showsAllLabels(useExploreStore.getState().labelDensity, useAppStore.getState().mode),
      perform: (command) => performCommand(command),
    });
    link.start();
    const onPageHide = () => link.stop();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      link.stop();
      channel.close();
    };
  }, [active]);
}

/** The audience's side, while `active`: it applies what the console sends and never writes back. */
export function useAudienceLink(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const classroom = useClassroomStore.getState();
    const channel = openChannel(CHANNEL_NAME);
    if (!channel) {
      classroom.setPresenterPresent(false);
      return;
    }
    // The camera comes from the console, so this window's own step-following stays off.
    const keepCameraOff = () => {
      if (useAppStore.getState().followSteps) useAppStore.getState().setFollowSteps(false);
    };
    keepCameraOff();
    const stopFollowing = useAppStore.subscribe(keepCameraOff);
    let pending: CameraPose | null = null;
    const link = new AudienceLink({
      channel,
      stores: STORES,
      id: newSenderId(),
      readLocalTime: () => playhead.timeS,
      applyCamera: (pose) => {
        pending = applyCameraPose(pose) ? null : pose;
      },
      now: () => performance.now(),
    });
    link.start();
    // Clicker keys pressed while this window has focus go to the console; nothing is changed here
    // except this window's own full screen (F), which is no part of the shared picture.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const command = commandForKey(event.key);
      if (command?.id === 'toggleFullscreen') performCommand(command.id);
      if (!command || !isForwardedCommand(command.id)) return;
      event.preventDefault();
      link.forward(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    const retry = window.setInterval(() => {
      if (pending && applyCameraPose(pending)) pending = null;
    }, PENDING_CAMERA_RETRY_MS);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.clearInterval(retry);
      stopFollowing();
      link.stop();
      channel.close();
    };
  }, [active]);
}
