import { siBluesky } from 'simple-icons';

export default siBluesky.path;
