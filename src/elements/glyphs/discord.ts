import { siDiscord } from 'simple-icons';

export default siDiscord.path;
